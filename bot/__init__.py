"""The imperative shell: web app, channels, dispatcher, scheduler, settings and the ``callbacks`` CLI."""
