"""Language data. claimex reads German; each language is a folder of data files."""
