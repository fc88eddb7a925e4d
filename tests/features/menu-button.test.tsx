import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../src/components/ui/menu-button';

function renderMenu() {
  const chosen: string[] = [];
  const item = (label: string, disabled = false) => ({ label, disabled, onSelect: vi.fn(() => chosen.push(label)) });
  render(
    <>
      <MenuButton
        label="下载与分享"
        className=""
        items={[item('CSV'), item('JSON'), item('PNG', true), item('链接')]}
      />
      <button type="button">下一个</button>
    </>,
  );
  return { chosen, button: screen.getByRole('button', { name: '下载与分享' }) };
}

describe('a menu button (WAI-ARIA APG pattern)', () => {
  it('is a closed button that says it opens a menu', () => {
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens on Enter at the first item; arrows wrap, Home and End jump; Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: '下载与分享' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'JSON' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: '链接' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: '链接' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on ↑ at the last item, and choosing an item runs it, closes the menu and returns focus', async () => {
    const user = userEvent.setup();
    const { button, chosen } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: '链接' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{Enter}');
    expect(chosen).toEqual(['CSV']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('keeps a disabled item reachable but does nothing with it', async () => {
    const user = userEvent.setup();
    const { button, chosen } = renderMenu();
    await user.click(button);
    const png = screen.getByRole('menuitem', { name: 'PNG' });
    expect(png).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(png).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(chosen).toEqual([]);
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('closes when focus leaves it by Tab or a click elsewhere', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
