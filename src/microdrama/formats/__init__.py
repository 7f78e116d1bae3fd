"""File formats: pure functions that turn canon models into text and back."""
