class DiscussionError(Exception):
    """A reader's request the discussion cannot carry out; message is for the reader."""

    def __init__(
        self, message: str, *, status: int = 400, code: str = "invalid"
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
