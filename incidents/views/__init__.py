"""Views: read pages in `records`, writes in `actions`, map and exports in `maps`."""
