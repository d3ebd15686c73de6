"""Web push: breaking news in readers' browsers, sent by an editor.

A reader who has read a second story is offered notifications (push.js); only
their *Ya* makes the browser subscribe, with the paper's own VAPID key
(``vapid``), and the subscription is checked strictly before it is kept
(``subscribing``, ``views``). An editor who may publish a live story sends it
from *Kirim notifikasi* (``admin_views``, ``actions``) within an hourly quota;
the worker sends it to every subscribed browser (``tasks``, ``sending``) and
removes the subscriptions push services say are gone.
"""
