"""The desk's pages, one module per page: the review queue, an article, an event."""
