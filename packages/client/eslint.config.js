// The workspace's config, plus one rule for this package: the README's examples print their results.
import workspace from '../../eslint.config.js';

export default [...workspace, { files: ['examples/**'], rules: { 'no-console': 'off' } }];
