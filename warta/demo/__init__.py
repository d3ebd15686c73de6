"""The demo newspaper: content, pictures drawn locally, and synthetic archives."""
