"""packet's version: written into every PDF's /Creator and every email draft's X-Mailer."""

__version__ = "0.1.0"
