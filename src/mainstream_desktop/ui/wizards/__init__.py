"""One module per handbook step's wizard; ``registry.py`` lists which steps have one."""
