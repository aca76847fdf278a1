/**
 * Reports: an initiative's factsheet and the portfolio board report, each as a print-ready page and as PDF, rendered
 * from one Thymeleaf template (openhtmltopdf for the PDF). Board reports are generated in the background, page by
 * page, with their progress stored. Data comes from the other modules' public services only.
 */
package io.cyclewise.report;
