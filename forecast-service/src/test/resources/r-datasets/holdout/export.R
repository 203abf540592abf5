# Writes the R-shipped series of the accuracy comparison with R (RAccuracyComparison) as long-format CSVs, one
# file per M3 category: yearly.csv, quarterly.csv, monthly.csv, other.csv (unique_id,ds,y).
# Run once from this folder: Rscript export.R
suppressPackageStartupMessages(library(forecast))
data(list = c("gas", "wineind", "woolyrnq"), package = "forecast")

# ds: first day of the period for calendar data, the position 1..n otherwise
dates <- function(x, calendar) {
  t <- time(x)
  if (calendar) {
    year <- floor(t + 1e-6)
    month <- round((t - year) * 12) + 1
    sprintf("%04d-%02d-01", year, month)
  } else {
    as.character(seq_along(x))
  }
}

series <- list(
  yearly = list(Nile = Nile, LakeHuron = LakeHuron, lynx = lynx, airmiles = airmiles, nhtemp = nhtemp,
                discoveries = discoveries, sunspot.year = sunspot.year,
                # decennial census: one observation per period, no season
                uspop = ts(as.numeric(uspop), start = 1790),
                # 7980 years of tree rings: the last 200
                treering = window(treering, start = 1780)),
  quarterly = list(austres = austres, JohnsonJohnson = JohnsonJohnson, UKgas = UKgas, woolyrnq = woolyrnq,
                   freeny.y = freeny.y),
  monthly = list(AirPassengers = AirPassengers, co2 = co2, nottem = nottem, UKDriverDeaths = UKDriverDeaths,
                 ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, USAccDeaths = USAccDeaths,
                 Seatbelts.DriversKilled = Seatbelts[, "DriversKilled"], Seatbelts.front = Seatbelts[, "front"],
                 Seatbelts.rear = Seatbelts[, "rear"], Seatbelts.kms = Seatbelts[, "kms"],
                 Seatbelts.PetrolPrice = Seatbelts[, "PetrolPrice"], Seatbelts.VanKilled = Seatbelts[, "VanKilled"],
                 wineind = wineind, gas = gas,
                 # 2820 months of sunspots: the last 30 years
                 sunspots = window(sunspots, start = 1954)),
  # not calendar data, hence no season: server users per minute, sales, hormone samples, and the last
  # 500 trading days of four stock indices
  other = list(WWWusage = WWWusage, BJsales = BJsales, lh = lh,
               EuStockMarkets.DAX = ts(tail(as.numeric(EuStockMarkets[, "DAX"]), 500)),
               EuStockMarkets.SMI = ts(tail(as.numeric(EuStockMarkets[, "SMI"]), 500)),
               EuStockMarkets.CAC = ts(tail(as.numeric(EuStockMarkets[, "CAC"]), 500)),
               EuStockMarkets.FTSE = ts(tail(as.numeric(EuStockMarkets[, "FTSE"]), 500))))

for (group in names(series)) {
  rows <- do.call(rbind, lapply(names(series[[group]]), function(id) {
    x <- series[[group]][[id]]
    stopifnot(!anyNA(x))
    data.frame(unique_id = id, ds = dates(x, group != "other"), y = format(as.numeric(x), digits = 15, trim = TRUE))
  }))
  write.csv(rows, paste0(group, ".csv"), row.names = FALSE, quote = FALSE)
}
