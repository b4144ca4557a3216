"""Ways in and out: the command line (`cli`), the HTTP API and explorer (`api`, `atom`, with the
page in `readouts/web/`), exports in the field's formats (`export`, `standards`), feed watching
(`watch`), Apache Spark (`spark`) and scoring against gold (`evaluate`)."""
