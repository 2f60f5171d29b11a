# Writes the label point of every unit of Natural Earth's 1:50m countries and tiny countries, as shipped by
# Debian's r-cran-rnaturalearthdata, to standard output as CSV: code,lon,lat. Base R only (no sp needed):
#   Rscript labels.R <unpacked package>/usr/lib/R/site-library/rnaturalearthdata/data/Rdata > labels.csv
args <- commandArgs(trailingOnly = TRUE)
data <- new.env()
invisible(lazyLoad(args[1], envir = data))
code <- function(d) ifelse(is.na(d$iso_a3) | d$iso_a3 == "-99", as.character(d$adm0_a3), as.character(d$iso_a3))
countries <- get("countries50", envir = data)
labels <- t(sapply(attr(countries, "polygons"), function(p) attr(p, "labpt")))
rows <- data.frame(code = code(attr(countries, "data")), lon = labels[, 1], lat = labels[, 2], source = "countries50")
tiny <- get("tiny_countries50", envir = data)
points <- attr(tiny, "coords")
rows <- rbind(rows, data.frame(code = code(attr(tiny, "data")), lon = points[, 1], lat = points[, 2], source = "tiny_countries50"))
rows$lon <- round(rows$lon, 3)
rows$lat <- round(rows$lat, 3)
write.csv(rows, stdout(), row.names = FALSE, quote = FALSE)
