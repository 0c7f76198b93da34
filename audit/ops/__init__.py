"""Running a study unattended: checking that everything it needs works (doctor) and trying its e-mails on the
researcher's own address before a wave (pilot)."""
