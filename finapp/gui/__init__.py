"""The desktop app: Qt widgets over :mod:`finapp.services`. The only package that imports Qt."""

from finapp.gui.lasting_singletons import keep_singletons_alive

# before any Qt call: see the module for the interpreter abort it prevents
keep_singletons_alive()
