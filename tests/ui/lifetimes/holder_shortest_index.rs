// A copy of an element of a `Vec<&'a str>` field outlives the `&self` borrow.
struct Names<'a> {
    borrowed: Vec<&'a str>,
}

impl<'a> Names<'a> {
    fn shortest(&self) -> &'a str {
        let mut pick = self.borrowed[0];
        for i in 1..self.borrowed.len() {
            if self.borrowed[i].len() < pick.len() {
                pick = self.borrowed[i];
            }
        }
        pick
    }
}

fn main() {
    let text = String::from("pear fig banana");
    let shortest;
    {
        let n = Names { borrowed: text.split(' ').collect() };
        shortest = n.shortest();
    }
    println!("{}", shortest);
}
