from jeepney import MatchRule, Message

class DBus:
    def AddMatch(self, rule: MatchRule | str) -> Message: ...

message_bus: DBus
