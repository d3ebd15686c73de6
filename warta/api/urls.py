from warta.api.endpoints import api

__all__ = ["api"]
