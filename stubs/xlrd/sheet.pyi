class Cell:
    ctype: int
    value: str | float | int

class Sheet:
    name: str
    nrows: int
    def row(self, rowx: int) -> list[Cell]: ...
