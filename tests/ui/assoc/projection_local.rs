// `I::Item` names the item type inside the body too (here `u32`, by the bound).
fn pair_up<I>(mut it: I)
where
    I: Iterator<Item = u32>,
{
    while let Some(a) = it.next() {
        let b: Option<I::Item> = it.next();
        println!("{:?} {:?}", a, b);
    }
}

fn main() {
    pair_up(1..6);
}
