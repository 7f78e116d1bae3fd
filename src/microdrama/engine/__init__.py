"""The build engine: stage graph, content-addressed store, executors and run log."""
