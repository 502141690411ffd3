// The assure command line. Placeholder until the first command lands.
print("assure")
