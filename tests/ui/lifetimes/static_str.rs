// `'static` references: string literals and functions returning them.
fn greeting(morning: bool) -> &'static str {
    if morning { "good morning" } else { "good evening" }
}

fn main() {
    let s: &'static str = "I have a static lifetime.";
    let g;
    {
        let flag = true;
        g = greeting(flag);
    }
    println!("{s} {g}");
}
