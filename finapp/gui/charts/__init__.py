"""matplotlib charts for the dashboard: a palette-aware canvas and pure draw functions."""
