"""Analyses → one knowledge base: the store, entity and event resolution, and the queries over them."""
