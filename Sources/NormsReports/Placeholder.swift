enum _PlaceholderNormsReports {}
