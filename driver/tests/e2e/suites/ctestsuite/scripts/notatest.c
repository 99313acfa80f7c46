this file is not a test: the include glob leaves it out
