"""The sandbox: local stand-ins for the services and simulated companies, for `make demo` and for trying a study.

    demo.py            `audit sandbox`: the stand-ins started for a study; `--demo` runs the study end to end
    peers.py           each channel's stand-in (mail servers, form site, VK API, Telegram) with its companies answering
    simulate.py        how the simulated companies behave and what they write
    servers.py         the SMTP and IMAP servers
    formsite.py        the feedback-form site (also the tests' form peer)
    vk_server.py       a fake VK API that vk_api's real code talks to over HTTP
    telegram_peer.py   a simulated Telegram at telethon's client seam
"""
