"""The pages of the main window's sidebar; each module registers its page class."""
