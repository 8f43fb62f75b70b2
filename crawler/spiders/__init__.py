"""Spiders of the repwatch Scrapy project (one: ``repwatch``)."""
