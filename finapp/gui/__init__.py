"""The desktop app: Qt widgets over :mod:`finapp.services`. The only package that imports Qt."""
