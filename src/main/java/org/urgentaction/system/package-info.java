/**
 * What every feature shares: settings, errors, web and locale configuration.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.urgentaction.system;
