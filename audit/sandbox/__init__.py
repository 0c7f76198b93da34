"""The sandbox: local stand-ins for the services and simulated companies, for `make demo` and for trying a study.

    demo.py            `audit sandbox`: the stand-ins started for a study; `--demo` runs the study end to end
    timeline.py        the demo's study time: every wave, the clock that waits for each planned send and skips
                       quiet stretches, the end of the last reply window
    peers.py           each channel's stand-in (mail servers, form site, VK API, Telegram) with its companies answering
    simulate.py        how the simulated companies behave: who answers, how fast, on which channel
    answers.py         what they write: answers made from the study's own scripts, in its language
    regexgen.py        a text a point's regular expression finds
    servers.py         the SMTP and IMAP servers
    formsite.py        the feedback-form site (also the tests' form peer)
    vk_server.py       a fake VK API that vk_api's real code talks to over HTTP
    telegram_peer.py   a simulated Telegram at telethon's client seam
"""
