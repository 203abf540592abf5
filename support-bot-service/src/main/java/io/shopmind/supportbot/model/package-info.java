/** The served intent model and FAQ index: training as a job, versions with their reports, the parse endpoint. */
package io.shopmind.supportbot.model;
