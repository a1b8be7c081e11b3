# Django's English DATE_FORMAT abbreviates the month ("Jan. 10, 2022"); readers see it in full.
# Every other format is Django's own (django/conf/locale/en/formats.py).
DATE_FORMAT = "F j, Y"
