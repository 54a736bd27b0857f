"""The case file (packet.toml) and the repayment plan it proposes."""
