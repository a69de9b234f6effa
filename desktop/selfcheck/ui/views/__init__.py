"""The main views: assessments list, workspace, item detail and summary."""
