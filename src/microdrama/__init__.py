"""microdrama: an AI micro-drama studio (idea → series bible → scripts → episodes)."""

__version__ = "0.1.0"
