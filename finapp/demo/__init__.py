"""Realistic synthetic household statements with ground truth, for demos and benchmarks.

``generate_household(seed, start, months)`` returns a :class:`Household`: importer-shaped
``ParsedStatement`` objects for each account, and a :class:`TruthStream` for every recurring
stream in them. The same seed always gives the same household.
"""

from finapp.demo.generator import generate_household
from finapp.demo.model import Household, TruthPriceChange, TruthStream

__all__ = ["Household", "TruthPriceChange", "TruthStream", "generate_household"]
