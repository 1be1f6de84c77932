"""Writes go through these service functions; reads through `incidents.selectors`."""
