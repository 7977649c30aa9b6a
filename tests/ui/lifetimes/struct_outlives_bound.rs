// A struct with two lifetimes, one outliving the other.
struct Context<'long, 'short>
where
    'long: 'short,
{
    text: &'long str,
    view: &'short str,
}

fn main() {
    let text = String::from("the full text");
    let c;
    {
        c = Context { text: &text, view: "short view" };
    }
    println!("{} / {}", c.text, c.view);
}
