// The signature says `s` is stored into the vector: it must outlive it.
fn remember<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    {
        let s = String::from("temp");
        remember(&mut v, &s);
    }
    println!("{}", v.len());
}
