"""Qt item models over the core's records, for sortable and searchable tables."""
