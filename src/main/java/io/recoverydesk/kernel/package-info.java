/**
 * Shared kernel: money, identifiers, time and the problem types every module speaks.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.recoverydesk.kernel;
