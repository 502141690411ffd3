// AssureLanguage module. Placeholder until its first concern lands.
