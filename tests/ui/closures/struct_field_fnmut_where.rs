// An `FnMut` field, bounded in a `where` clause, updating the state it captured.
struct Button<F> {
    on_click: F,
}

impl<F> Button<F>
where
    F: FnMut() -> u32,
{
    fn click(&mut self) -> u32 {
        (self.on_click)()
    }
}

fn main() {
    let mut clicks = 0;
    let mut b = Button { on_click: || { clicks += 1; clicks * 10 } };
    b.click();
    println!("{}", b.click());
    drop_button(b);
    println!("clicks {}", clicks);
}

fn drop_button<F: FnMut() -> u32>(_b: Button<F>) {}
