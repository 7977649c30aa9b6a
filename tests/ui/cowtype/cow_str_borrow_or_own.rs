use std::borrow::Cow;

fn underscored(s: &str) -> Cow<'_, str> {
    if s.contains(' ') { Cow::Owned(s.replace(' ', "_")) } else { Cow::Borrowed(s) }
}

fn shout(s: &str) -> usize {
    s.len()
}

fn main() {
    let a = underscored("hi there");
    let b = underscored("hi");
    println!("{} {} {:?} {:?}", a, b, a, b);
    println!("{} {}", a.len(), shout(&b));
    match &b {
        Cow::Borrowed(s) => println!("borrowed {s}"),
        Cow::Owned(s) => println!("owned {s}"),
    }
    let mut c = b.clone();
    c.to_mut().push('!');
    let owned: String = c.into_owned();
    println!("{owned} {}", &*a);
}
