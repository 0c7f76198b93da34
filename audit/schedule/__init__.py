"""Time: when a company works, when each probe is sent, and what cron runs.

    workdays.py        WorkCalendar: one company's working days and hours in its time zone, holidays and moved days
    business_time.py   working seconds of many intervals at once (the report's business-time figures)
    plan.py            the waves that have started and each probe's send time, spread and spaced by rate limit
    cron.py            the crontab lines and systemd units that run a study unattended
"""
