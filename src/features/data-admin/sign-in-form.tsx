import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { AdminErrorAlert } from './admin-error-alert';
import { isAdminError } from './admin-api';
import { useSignIn } from './admin-queries';
import { signInErrorText, useDataText } from './data-text';
import { fieldClass } from './field-class';

/** 名称, 密码, 登录. A wrong name and a wrong password read the same; the lock and a network failure are said apart. */
export function SignInForm() {
  const text = useDataText();
  const signIn = useSignIn();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ name: name.trim(), password });
  }

  // A network failure can be tried again as it is; a refusal needs other input (or the lock to end).
  const canRetry = signIn.isError && !(isAdminError(signIn.error) && signIn.error.kind === 'http');
  return (
    <Card as="section" aria-labelledby={`${id}-title`} className="mx-auto w-full max-w-md">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {text.signInHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{text.signInIntro}</p>
      <form className="mt-4 flex flex-col gap-4" onSubmit={submit}>
        <div>
          <label htmlFor={`${id}-name`} className="text-sm font-medium">
            {text.nameLabel}
          </label>
          <input
            id={`${id}-name`}
            name="username"
            autoComplete="username"
            required
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-password`} className="text-sm font-medium">
            {text.passwordLabel}
          </label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className={fieldClass}
          />
        </div>
        {signIn.isError ? (
          <AdminErrorAlert
            title={text.signInFailed}
            error={signIn.error}
            message={signInErrorText(signIn.error, text)}
            onRetry={canRetry ? () => signIn.mutate({ name: name.trim(), password }) : undefined}
          />
        ) : null}
        <Button type="submit" variant="primary" disabled={signIn.isPending} className="self-start">
          {signIn.isPending ? text.signingIn : text.signIn}
        </Button>
      </form>
    </Card>
  );
}
